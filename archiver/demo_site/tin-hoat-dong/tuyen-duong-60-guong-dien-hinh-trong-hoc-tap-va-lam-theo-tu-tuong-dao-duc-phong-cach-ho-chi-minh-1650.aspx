<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Tuyên dương 60 gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
</title><link rel="canonical" href="/tin-hoat-dong/tuyen-duong-60-guong-dien-hinh-trong-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-1650.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClass716FF42074EE40ADB3DDA46BB5AD5A57 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="tuyen-duong-60-guong-dien-hinh-trong-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-1650.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xEBAD54A8B847D8F76B6D21768EBC9AD0ECAEBD2ED5C44B03CA326FB00A3DEA95705847D78B143E2A18554F787F11644052397C58261AA427BCAD11D8164CD0DA,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEtfN0casc5Idv6+mL+IOJLgG7/KTBMM1jZdWQnze6hSVsnxrG/xZ8vLY5cQsxwXlVAS1a8YiUloIfmkPznd8WBD9IzYunFLxb8x9w+736uFqZKOqaN6k9IYtTxjIwiNUDlwwpeOESo9Kq22NDWeUuXYQ46bE2FY2ycqj23DDAOCguTdafjmG50HxSVSUr6xCLW4CNk2t2jehOuvbKr1g8AGuOJ3dCV6BBAEDaJZWD975FE+YE9baWkmGpVwmh2miT7tLPsZG8D45sCxgK8j/QXbnoxW0ydff1yWl4/Y9l1wKauaZDeErCnus/5PN5Oa4yKqdrg97xuTK/1vg5UOGyhGV8v5BOslwVKA+wCsRM/QQA34vO/uDVA0dXCr7wYtDsoaWE909Bto3LZyCPa8Jn5jCEVJsPDl6jzPp1RIynVZ5lOKufKHA2azvT0zml5DzXJiDWSeXzhwUWm0PGiGEk5FKkj6f/+3dGbzmFi25harCHENJDC94vAGqyywyLlf0nUSYDv/baSR1/5/Bu24WvzZ3xq6gud3lPLX83Y7WBaCw16G+qrvTpFK4Yi4d527B33IwURY5IEOmTfoSAnxIaVMoqftQBHrQYfDX2Jjvh3mbk9Ebp2y6HEy7spbq6FlM5wJ8EhDzuPVtSRlwBHgIi1tyfImXlDphxZa2lHsEaERU7uEAw+tV7hxdMfuiYWrRRjP7lzWWnvhNiolMOtUci6PHqtREyC4gPFIYMKRyOWhGEzB7zaViOa66DDk9WYaSO4AdQNh8lylVWEHSc2uhbOEYwwEO+st3HLp/6rzcbsG9k+/f57uTg9KmHPkP8X3O5RcHIbQJyg3B6Q5XAVTHBf5iyEChdTqg+PYo0b5RKECvgxPIaH69YEFUKrNlwoIP9HmvHt2hH334PiHX4tEyB9frezfrn+npYBh7UKdQeLeki52AAMG+1P81zSsCiF5XiFvos2TyygzE4/mOtqlZVELigsZdxXL2mafrHvVVv5DR+j9Aq48B+ttFwlosZ23S/tta0UCgurup9EVqrNWmbvuUJN2qDAbp+nuypayK5dqrGuK2EVfStg9WErGHPUopzTGRSRWu7cmFwkIBD7DH+VYQSIDB2mUbzuqCZefYYnpbaBj+zkg6KCC16f/2nFyD6ZxaFETi2Qno5I3nVGiaxQP0dWbOm6bwSQvOqenPV2AQ6huHjQk6ji/KOVtMutQKiPOM4m62ElZkkivNymNOhccs7KpzoG+ziAXtGbRiY8IayKgUMh6nIzACO7F/Jj5Tu6a2yPs2hiAlBsSn1Ucat436X9VUKrUts7oeS6LwhygRMKT0gKEs8BMnHHhEK5OzwxqVQrpHGes/xf9bnCAER8EvE+StHcS3BwlHdYKq7oszle55ujqJuqdCDv34/cjWQTX0MRKM0jDnwgsIt7s8wkozZeJahj/qajpkihaIOz4KmvSj3Yqv8oFkBaBotP8aYlwuyS1R5V5CnLjxDTVadFFYCfWZabysvr+RiwuXgbJIvlK/wRDCTxYq1wVqU/gmmqmYA26pHzu9WX3BnCBRPaDq9biMuyxhI5cSKBxSSFhSPj/5PsdmHalJA8/BCnN7etCP6Tm1OU0q27ASNi9GY/IPBJFopINHQO2lzLz6jeTQThcNOpuhUW/O97ZJoMfas+nEB3A4aRR2ERQjcNSkYjBlsa2rQmUBqEl5laukN/9QBvYd3zRQDr46oDp9/8UPLRtcJT/grfae4zb/bViuDFiZsgaP5oYrGz2H+3eWJ3qJCyXV8QERfc76r0ktMZemPmBYcvxYR24fGTkP48FNXkX6OHYzmzIiuZStRAiXMjvT+4Bs5q3o3Y8PDT38i2UEBzFMRVe4HlAjq+vnYjhtLqpc69KXTeY/aLknsHKDNApNxysWrEF4rkjHB2mtCvAESClGjXBiB6sDjR2CBAOM6jVYNMaJ9493un1PUjnX9kB70UDhClpWj1i/cPjkXDOujkjCR8jco2EL7+QqdVgUhUOnljKDSK2EBrotubQCX2Qd6XZuMubEMIfGLX4d5ZzSHjLQUAt2XLgRuiKQ1vYstc7qyE/KSV8rtdbQIVw6bSYuqP1/ojjGlezt6ES6FogYJk1KO61ltK/F0BEGKGC72cs0DQgDHuLaPGjTilojviDAuID3bw0qxYjijsJfj05G40jgiKAOb2tnhCsocQm2nO0G9/qDCNri73K+E9dmWcNOldgUUAioAgcZl8QBrqM6N9xvwE2NVmsCEp0Gr7169Lex5GBseaKYl6B+YtzB7K9zowTKP/j4teUhnPaJRNKUc72/zr52Ki7SEBLRSslzuYzcq+BppxYBvH6kht0i9EYksF78IPsSsSA/sWnhYyLJYr7a50Ez+C1Ek0jGNYSZezPP4yOfNNd1VEATxogMCdZPHw8W1RZ1MCfutJxGFCLPlMJdMT5m6p1ENazM9G1H4p3BNZmrt2wUO2jv5buOT4lAtamQY8t9URFtbmaE8YujkkLKULVUkmvPuCKN9eay/KbEz7m2E9RHbsKszhM/GjA1Y+1Jfr/xE8y/i1tlSIHOxxi09Tejsft//3v14kbyxz92ADg0cwj7Jcx+2peYSuC5Mg40s0Y9yGFiY5oEfREbCgVAI2ICgEgGYLqdkX4txDU9A2IUfqgqHRdsu9pwBdxhoZF0CpWFOS1o0Ne7cSuwB3ARz8l1YpOhZABJ6usVgdkbQzexJwB6yopdFj1lIcqbl8sSZUyGI4OSTzZSXGL2Nj0hDp7DNYKH4d4h1ZDj0vhAaiiv/YsJuzJ1ceEU6n8s+ODk4kS173bEyiU6UzGjHlsqUOa1GNoTwBVKVMDwftUtvTJj/NkNBvKiKN1AVbFjMtlrCJmGcEL96EAII2GQdomSxdNtRcbmrHDiCe9jXzgPaZI3TEzAI6+gTJlCAJQOxQ2ANvm7r2bBrJr54OcRydU9CzkUh9qL2D9Y7id4MyI9GBGC8slrQZ1KQ+eRSL6Q/C7S9nViF+XStTzaYU4aLUu22bLLPXklPG6KoyNEivd9Z7Rq//O++JFs4TaYJwCdnRZhySggSxfsmi5gdWksxEHlVAwc2liEBcZ0vUWCfVuIL9X01D6W+R3G1JtF40ITvRezFwXWkvTmo6jrSdac75st5bexIfHrB+lk55UCxj0HD8bp9QKRpDKhHeulAu3WZYQ7rO9KxTgIUlQMsspGdqglGOiW0oBkeDHb0nG9cJLv01Kr8FreHE1vzLzWin4N/EDpBnSv10daO4xGMxTrkzBq6NsoSNg0WOlcDBqzZUk5LaMMwbfiW+L5RrReB8IuAm/gj/3dkx4vvFvkAkRjJ14BgKiKvavWYGSak582IXBnJ0fW5eNCdxk81o/Ik0HYuAQ7cpq/N3g1mx+/4uRn8nwwwSN09g9vWQ/rQtodOe4MIdtwUjOh/D0TYmwC2dik68Om1j09TJruQ0OHBDJP3GIq4zm0ne5n3VWY2rZxXDDhmhuKj4ljcR/283yuHVPkaeq1YO5FIlMWuOMvcUEuH34iyav2hwRyPyBdEstOE10TdDtXTKUnjPDufFLf0y744u3qmMDpDPwDeBLnRqUsUqWoyR+6xePYElHdacWvKLCZ0jr+L7Yoq8yI9uW8bjr9SAmyYtFDT944H64Wfqwu/mWCTDLw+DRVR5IS5PfgAN+IwnDepo904OazEk3/fAZUBjR7NI3BgO58r9s4U8LbQj4na44X3u7PnOb4P8eUozgqZ/vQfjQeBMYgVSOpcuYPC4UyyB8iy779/ybNfQ7epNio+EeVVDXKlPRhxhYdZsPfopHRVDK3GmAkYxs7skiSYU4lZn0yJiIG9fbn1R1/biOVEAhkGlvIFdGcIuhvrN/uCc6z/DQ/G47wYeffk1jFuonkw2e1H75hu1QVvQDRW+c9DhVUW0CpDUk7tHOrTHFJ/wA6Fr7Gbf64WLxcr2qt2xJy41p2YQMzo2fU1y6UMiHox+SHy0M5JrzQy7rRNYWUu3ejG+FyXahCKYA44wkFuxRtZkl0nC/94XRSHDETumqj/bxxDEVGCJans7ybI4bru+iqftDOWTbfDud33XeZNBaKju70rgNO430Jg/SDZ7CHgC6rY8MNjLKRF0uN2AcA/eY8afcQKNdOYKvR6o6ns9wsNxxWOLaay7iYKt7N6D9uzUdCuhNYw2Ltns7Sb5ZWOsFMb45sTOxOSZTx9yXVDC5JzSxB4kRmDDmk98BNdiEkP0//RaH75u+sPWEkzQJm+SW35DIC6X1M0iyRdnpIAfryjdvTKCBSbWP6ZvkgIiu2pUCf+u2kq+CsqEICb/Z7+raiW7qBawRi5RtMWuWCIufOx5oGzESLIXTGQ7x0LfFwkTIWwuW5ZQNNmVPYyTxLOFEmcP+jPyPgBRYCBlnOE5fiD/Fn14zBbGawl3Gg8Tj3KH4aSbdDs0LTCcutzYRNxOF5t16cwh8UZ1asJDI4smzSKxF+YGKwUbjHv8m0E76//DziQHaOurlezusVqlwkko1v7tAVucTgzXD5aDPuMsI7nrPyuvYTa0HiIiH7V/q/VlG16aHCqkvtM/3rHrLQFLMZB1yyjv4hCbVQ2R3Dl1W06ext4n5vREavb8udwRR5WuEl/CUpwxCX+ZSnxT1tv53llJhK843oFfVYG9t1LnQk93cOWRIERRWkxSQ089efSa6TwJYByHnKna9834KgHamjrdYpTankh1szLDHpQ6kxlgGhleybrXVOdOxz62fRcbPKP74nMQHzWAWtN+ovOMLcK3Dia58bJPjmT8hstlIjMy3slD4ehY1/6U5fvsA1rOlip0V2YE2WS8yNkcoUI7uYVXBLIKFeGTapPEvRosxVnRgKNeC/LldOgc/WIpw+uTTVcRM+FakVXPr26ZJ89anxhpWN/TruC++IRPgb8Z1oimPtj8oCEe5A+impYrpuZQU2oe7emLZZjZOdqMxHLqES1dNWeymQG5dwDv/kdRob9nVYx7FkvBJpLnWa3bor+c89Sqs4AwT8WbXKBEHsMSptMRj5wOFs2odIcpUGIGqlMMs/OvMa1y4VtJXrFONHdTdiOXFcaAgUel3kIeqa2EMJKOl+dmC25Lk7GVSJHzWXPMzPeVDp59UuNsJbec/1NtMtGFSvO6+smhFtc7NJAzneDDT7bRcJBp7c/qseSTtWWPb4/Sx49MXUHuxCN6hdva1cmptmLMcZ4JuiQDmsBBFdeeFh9SVMg6p3zWnjkq2cDwwzHgiF6VzKUZcj7noLLmLCBS1rE5M5FFCeTKWosUupHxUplQjg6QQN2vOeSLNiuRFB+QfV0nNiLb1VE7mtkrv/wq4EhS+5vlFgHhfJdhElO3pFP+bq6B8RQtPbW/+V9HLY1npocC0QsRLK5Bq6CWKgXYlhPumbFyfZLovNmNeLobdV28jSKV7Nf2hALANu+m/lNeWCsufKEtlQUpJBiV64gZhYx0z+aHj7VUH8SMfjTKKdHpoR4fOgB98f2thMtH9ZM1szbdaSV/pFURUOya50YvYW6uhgQHSgLGB5KD1M63242lcnqYvP4zqEFbekkgxtVZej22IAy+5NlOYw/bmIUK5vvm472Xw0tgjIUHEFYzQwjYoQLFoEjmhHk4dV4qZCtMYSuYsblKaWMnWPHGu74ml+6Rd7gUAAYLgxV+mbZ9keU+dJylPcsY8aZEZBoHp6t7VSznHumElTcRbSyjWICgwAVj3Rkw6cylA+JuNltJhd3GaDV7w8kZEKKLQFqiALYnxYEn8eacjigVrlvL6naJriiqnMs5/HUObVG245pL4w4muDO/WiivAwinypvqVl+So1xzXUZWr7rsfsTiTDhYI+5T4Igp+f+3Oq6hmbFvq3mWxtaf5Dc0joe2klLsXmipC0IECZydIL9Y05QdD1X6zrkExLFQiuFv5TcjuRSoR9bB8KuYJjO5d4vqEczwYwiD9ocK9LZ+y7paBBTHgELILQ/SgWBUXWmytAzmf7vUkZaM7op+TFirMLOAk92wUY7BSQRKakPubdpEGprAyUchOQza++ENf4Vf7CjgoyiQA0MMSKIw1BtTzWGKcsORJojQMyRAzX55nUvLvukjTM+nTyUAa/vjb1mGS4C0L9p4VZWmsWEh7ll/qmNV+FsMn1n2A==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{5bfb7658-c82d-49ec-8318-2cc371ef3680}",pageItemId:769, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_f9dccf08_9079_41a7_8891_6b9594ad6182">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_95f43bb5_d23c_4d48_ba0a_8f99dc575e71">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">33</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">527</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.610.141</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Tuyên dương 60 gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_fac91b1e_576a_4956_9c86_3eedb2773150">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_fac91b1e_576a_4956_9c86_3eedb2773150_lblDate">Thứ sáu, 28/08/2020, 10:20</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Tuyên dương 60 gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</h2>
		<div class="post-content">
<div class="ExternalClass716FF42074EE40ADB3DDA46BB5AD5A57"><p style="text-align: justify;">Ủy ban MTTQ Việt Nam tỉnh vừa tổ chức hội nghị tuyên dương 60 tập thể, cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.</p>
<p style="text-align: justify;">Các điển hình được tuyên dương là những cán bộ Mặt trận cơ sở, chức sắc tôn giáo, người có uy tín, doanh nhân và nông dân sản xuất giỏi.</p>
<p style="text-align: justify;">Phát biểu tại hội nghị, lãnh đạo Ủy ban MTTQ tỉnh đề nghị các điển hình tiếp tục phát huy vai trò nêu gương, lan tỏa những việc làm tốt trong cộng đồng.</p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_fac91b1e_576a_4956_9c86_3eedb2773150_lblView">521</span></div>
		<div class="post-author" id="ctl00_m_g_fac91b1e_576a_4956_9c86_3eedb2773150_lblAuthor">Kim Thoa</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/mat-tran-cac-cap-van-dong-ung-ho-phong-chong-dich-covid-19-dot-2-1642.aspx">Mặt trận các cấp vận động ủng hộ phòng, chống dịch Covid-19 đợt 2</a> <span class="date">(05/08/2020)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-doi-thoai-giua-nguoi-dung-dau-cap-uy-voi-nhan-dan-huyen-vinh-loi-1633.aspx">Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân huyện Vĩnh Lợi</a> <span class="date">(15/07/2020)</span></li>
<li><a href="/tin-hoat-dong/tap-huan-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-1624.aspx">Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở</a> <span class="date">(24/06/2020)</span></li>
<li><a href="/tin-hoat-dong/so-ket-6-thang-thuc-hien-cuoc-van-dong-nguoi-viet-nam-uu-tien-dung-hang-viet-nam-1611.aspx">Sơ kết 6 tháng thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”</a> <span class="date">()</span></li>
<li><a href="/tin-hoat-dong/ket-qua-04-nam-trien-khai-thuc-hien-chi-thi-so-05-cua-bo-chinh-tri-chi-thi-06-cua-ban-thuong-vu-tinh-uy-1517.aspx">Kết quả 04 năm triển khai, thực hiện Chỉ thị số 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy</a> <span class="date">(27/05/2020)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001657-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLwx88HaGXJ6L6ewZhhT+7/5NLp5h03450XKEfbIdINzkSp+DNPYgR8aLXY4KWThmUpwpxI/28DuVuMlAfVrjVwTNqKOJqngsifWzIt2jWA16C6tN7mbqGViNS" />
</form>
</body>
</html>
